"""Errors cleantext raises on purpose; each message is one line a user can act on."""


class CleanTextError(Exception):
    """Base class of every error cleantext raises on purpose."""


class InputError(CleanTextError):
    """The input cannot be read as a document (binary data, undecodable bytes)."""


class RuleError(CleanTextError):
    """A rule file is invalid; the message names the file, the rule and the problem."""


class WorkerDied(CleanTextError):
    """A worker process of a batch died: what was written is whole, the rest was not cleaned."""
