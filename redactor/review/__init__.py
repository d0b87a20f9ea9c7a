"""The reviewer's web app over a dossier's case store (see docs/review.md)."""
