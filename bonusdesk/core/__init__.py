"""The core: no Qt, no display. Importable and testable anywhere.

The claim folder's stores (claims, contacts, evidence) register themselves with
``folder.store`` when imported; ``ClaimFolder`` imports them when the first folder
opens, so importing any module of the core stays cheap (``bonusdesk-cli --version``
must not load sqlite-utils) and every open folder still has all of them.
"""
