"""Recognizer types (registered on import)."""
