"""Web workbench: ``create_app(db)`` returns the FastAPI application served by ``detente serve``."""

from detente.web.app import DEFAULT_MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS, create_app

__all__ = ["DEFAULT_MAX_UPLOAD_BYTES", "UPLOAD_EXTENSIONS", "create_app"]
