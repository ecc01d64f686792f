"""The Qt Designer forms of ui/, compiled by tools/compile_ui.py (one `<name>_ui.py` per `<name>.ui`).

Never edit these modules: edit the form and run the tool. A dialog builds its form with
`self.ui = Ui_Name(); self.ui.setupUi(self)` and owns the widgets it finds there.
"""
