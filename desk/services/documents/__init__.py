"""Printable documents (PDF) produced by the desk: intake sheets and the ones to come."""
