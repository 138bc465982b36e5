"""PDF case files and period reports (reportlab), protected with AES-256 by pypdf."""
