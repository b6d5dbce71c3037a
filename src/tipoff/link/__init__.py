"""Networks: reports joined through shared canonical indicators.

The core works on integer arrays (report ids, indicator ids, kind codes) so that a
million reports link in seconds; the store and API adapt database rows to and from it.
"""
