"""Meeting rooms: codes, the presenter key, idle expiry on a fake clock, the bound on rooms."""

from __future__ import annotations

import pytest

from reelreality import rooms


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def held(clock) -> rooms.Rooms:
    return rooms.Rooms(clock=clock, node_name="n2", limit=3)


def test_a_code_names_its_process_and_is_unguessable(held):
    codes = {held.open()[0] for _ in range(3)}
    assert len(codes) == 3
    for code in codes:
        assert rooms.node_of(code) == "n2"
        assert len(code.split("-", 1)[1]) >= 11  # 64 random bits


def test_node_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv(rooms.NODE_ENV, raising=False)
    assert rooms.node() == "0"
    monkeypatch.setenv(rooms.NODE_ENV, "Web3")
    assert rooms.node() == "web3"
    monkeypatch.setenv(rooms.NODE_ENV, "a b")
    with pytest.raises(ValueError, match=rooms.NODE_ENV):
        rooms.node()


@pytest.mark.parametrize("code", ["", "x", "0-", "0-short", "-abcdefghijk", "0-abc/defghij", "0-abcdefghijk?key=1"])
def test_anything_else_is_not_a_room_code(code):
    assert rooms.node_of(code) is None


def test_only_the_key_moves_the_room(held):
    code, key = held.open(slide=2)
    assert held.get(code).slide == 2
    assert held.move(code, "not-the-key", 4, 10) is None
    assert held.move(code, None, 4, 10) is None
    assert held.get(code).slide == 2
    assert held.move(code, key, 4, 10).slide == 4
    assert held.move(code, key, 99, 10).slide == 9
    assert held.move(code, key, -3, 10).slide == 0
    assert held.get(code).moves == 3
    assert held.is_presenter(code, key) and not held.is_presenter(code, key[:-1])


def test_the_room_never_shows_its_key(held):
    code, key = held.open()
    assert key not in repr(held.get(code)) and key not in code


def test_followers_join_only_an_open_room(held):
    code, key = held.open()
    assert not held.get(code).public
    assert held.set_public(code, "x", True) is None
    assert held.set_public(code, key, True).public


def test_a_room_ends_after_four_idle_hours(held, clock):
    code, key = held.open()
    clock.now += rooms.IDLE_SECONDS - 1
    assert held.get(code) is not None  # reading does not keep it alive...
    assert held.move(code, key, 1, 5) is not None  # ...a presenter's move does
    clock.now += rooms.IDLE_SECONDS - 1
    assert held.get(code).slide == 1
    clock.now += 1
    assert held.get(code) is None
    assert held.move(code, key, 2, 5) is None


def test_touch_keeps_a_room_alive(held, clock):
    code, key = held.open()
    clock.now += rooms.IDLE_SECONDS - 10
    held.touch(code, key)
    clock.now += rooms.IDLE_SECONDS - 10
    assert held.get(code) is not None


def test_a_presenter_ends_the_room(held):
    code, key = held.open()
    assert not held.end(code, "x")
    assert held.end(code, key)
    assert held.get(code) is None
    assert not held.end(code, key)


def test_rooms_are_bounded_and_an_open_room_is_never_dropped(held, clock):
    opened = [held.open() for _ in range(3)]
    with pytest.raises(rooms.RoomsFull):
        held.open()
    assert all(held.get(code) for code, _ in opened)
    clock.now += rooms.IDLE_SECONDS
    assert len(held) == 0
    held.open()


def test_countdown_and_clock(held, clock):
    code, key = held.open(countdown_minutes=20)
    assert held.set_countdown(code, key, 0).countdown_minutes == 1
    assert held.set_countdown(code, key, 45).countdown_minutes == 45
    clock.now += 30
    assert held.restart_clock(code, key).started == clock.now


def test_the_cookie_gives_the_key_back_for_its_room_only(held):
    code, key = held.open()
    other, _ = held.open()
    raw = rooms.cookie_value(code, key)
    assert rooms.key_from_cookie(raw, code) == key
    assert rooms.key_from_cookie(raw, other) is None
    assert rooms.key_from_cookie(None, code) is None
    assert rooms.key_from_cookie("garbage", code) is None
    assert rooms.key_from_cookie(f"{code}.", code) is None


def test_a_move_from_a_stale_screen_or_delivered_twice_changes_nothing(held):
    code, key = held.open(slide=3)
    assert held.move(code, key, 4, 10, expected=3).slide == 4
    assert held.move(code, key, 4, 10, expected=3).slide == 4  # the same press again
    assert held.move(code, key, 2, 10, expected=3).slide == 4  # a screen still showing slide 3
    assert held.move(code, "x", 5, 10, expected=4) is None
