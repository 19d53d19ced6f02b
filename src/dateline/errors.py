"""One exception hierarchy for dateline; messages name the value at fault and the fix."""


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""


class ModelMissing(DatelineError):
    """No usable spaCy English pipeline is installed."""


class BadInput(DatelineError):
    """An input item cannot be read as an article; the message is the one-line reason."""


class StoreError(DatelineError):
    """The store cannot be opened or written."""


class ResourceMissing(DatelineError):
    """A data resource (gazetteer, dictionary, gold set) is not where it should be."""


class GazetteerError(DatelineError):
    """The gazetteer could not be built or opened."""
