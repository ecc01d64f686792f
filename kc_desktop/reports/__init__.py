"""Reports of the city office (báo cáo): aggregated in SQL, written to Excel, shown by the GUI."""
