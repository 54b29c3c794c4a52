"""Use cases: Qt-free, one transaction per public method, permissions enforced, DTOs returned."""
