"""Phones as field instruments: ODK Collect fetches KC's published templates as XForms from a small
OpenRosa server on the laptop and sends its submissions back (or they are imported from a folder
copied off the phone); each submission becomes a draft survey or inspection."""
