"""Official documents (Nghị định 30/2020/NĐ-CP) as PDF: one page frame and blocks, the three minutes."""
