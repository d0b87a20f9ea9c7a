"""redactor: batch redaction of Dutch government documents for publication under the Woo."""
__version__ = "0.1.0"
