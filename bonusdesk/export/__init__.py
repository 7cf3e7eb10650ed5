"""PDF complaint package and verifiable ZIP bundle (no Qt here)."""

from .options import (
    DeadlineRow,
    EvidenceProblem,
    ExportCancelled,
    ExportError,
    ExportOptions,
    ExportResult,
    ExportTooLarge,
)
from .package import ExportJob, export_claim, prepare_export, record_export

__all__ = ["DeadlineRow", "EvidenceProblem", "ExportCancelled", "ExportError", "ExportJob",
           "ExportOptions", "ExportResult", "ExportTooLarge", "export_claim", "prepare_export",
           "record_export"]
