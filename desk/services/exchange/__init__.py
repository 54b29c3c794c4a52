"""Excel exchange with donors and partners: safe, streaming workbook writers (and, later, readers).

Qt-free like every service module: the window and the command line call the same functions.
"""
