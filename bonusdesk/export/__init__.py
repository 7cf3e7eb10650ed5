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
from .package import export_claim

__all__ = ["DeadlineRow", "EvidenceProblem", "ExportCancelled", "ExportError", "ExportOptions",
           "ExportResult", "ExportTooLarge", "export_claim"]
