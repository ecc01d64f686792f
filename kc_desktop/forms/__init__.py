"""Form templates in XLSForm (Excel in/out), their expression language, answers and validation."""
