"""Loaded by every Python process the tests start (conftest puts this folder on PYTHONPATH):
any attempt to reach the network ends the process with an error the tests see."""

import socket


class NetworkUsed(BaseException):  # not an Exception: no `except Exception` can swallow it
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed(f"cleantext tried to reach the network: {args[1:] or args}")


socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.socket.sendto = _refuse  # a datagram needs no connection
socket.socket.sendmsg = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
