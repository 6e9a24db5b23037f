"""Password hashing (argon2id via argon2-cffi) and the password rules.

Parameters: argon2id with 46 MiB, one pass, one lane, the first of OWASP's equivalent
argon2id configurations (Password Storage Cheat Sheet). argon2-cffi's own default
(RFC 9106's 64 MiB, 3 passes, 4 lanes) took ~210 ms per login on this 2-core machine
under load and pushed "login -> explorer drawn" over its 2 s target (docs/benchmarks.md);
this one takes ~55 ms. A stored hash records its parameters, so :func:`needs_rehash`
lets a login upgrade hashes made with other parameters.
A password is checked against a dummy hash when the user is unknown, so the time a
login takes does not tell an attacker which names exist.
"""

from __future__ import annotations

from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH: Final = 10
# argon2 hashes any length, but a megabyte-long "password" is a denial-of-service lever.
MAX_LENGTH: Final = 1024

TIME_COST: Final = 1
MEMORY_COST_KIB: Final = 46 * 1024
PARALLELISM: Final = 1
_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM)
_DUMMY_HASH: Final = _hasher.hash("collabnet-timing-equaliser")


class PasswordRejected(ValueError):
    """A new password that breaks the rules, with the reason."""


def check_new_password(password: object) -> str:
    """The password if it may be set; PasswordRejected says why not."""
    if not isinstance(password, str):
        raise PasswordRejected("the password must be text")
    if len(password) < MIN_LENGTH:
        raise PasswordRejected(f"the password must have at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise PasswordRejected(f"the password may have at most {MAX_LENGTH} characters")
    if password.strip() != password:
        raise PasswordRejected("the password may not start or end with white space")
    return password


def hash_password(password: str) -> str:
    """An argon2id hash of a password that passed :func:`check_new_password`."""
    return _hasher.hash(check_new_password(password))


def verify_password(stored_hash: str | None, password: object) -> bool:
    """Whether ``password`` matches ``stored_hash`` (None: unknown user, always False).

    Never raises on bad input: a forged form value is just a wrong password.
    """
    if not isinstance(password, str) or not password or len(password) > MAX_LENGTH:
        return False
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
