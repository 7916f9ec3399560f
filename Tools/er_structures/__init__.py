"""Fixture and schema generation for the Emilia-Romagna structure dossiers (Tools/make-er-structures)."""
