"""The plot status workflow, checked pair by pair against a hand-written table."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sezmap.model import workflow
from sezmap.model.statuses import STATUSES

V, R, A, U, O, W, I = "vacant", "reserved", "allocated", "under_construction", "operational", "withdrawn", "infrastructure"

# Every pair, written out by hand: row = from, columns = to (same order as the header).
#            V  R  A  U  O  W  I
TABLE = {
    V: "1  1  1  1  1  0  1",
    R: "1  1  1  1  1  0  0",
    A: "0  0  1  1  1  1  0",
    U: "0  0  0  1  1  1  0",
    O: "0  0  0  0  1  1  0",
    W: "1  0  0  0  0  1  0",
    I: "1  0  0  0  0  0  1",
}
COLUMNS = (V, R, A, U, O, W, I)
ALLOWED = {(old, new) for old, row in TABLE.items() for new, bit in zip(COLUMNS, row.split()) if bit == "1"}


def test_the_table_covers_the_statuses_of_the_model():
    assert set(TABLE) == set(COLUMNS) == set(STATUSES)
    assert len(ALLOWED) == 24  # 6 + 5 + 4 + 3 + 2 + 2 + 2


@pytest.mark.parametrize("old", COLUMNS)
@pytest.mark.parametrize("new", COLUMNS)
def test_every_pair_follows_the_table(old, new):
    problem = workflow.transition_problem(old, new)
    if (old, new) in ALLOWED:
        assert problem is None
        assert workflow.check_transition(old, new).ok
        workflow.require_transition(old, new)
    else:
        assert problem is not None
        assert problem.startswith(f"status cannot go from {old!r} to {new!r}; from {old!r} it can go to: ")
        t = workflow.check_transition(old, new)
        assert not t.ok and t.code == workflow.FORBIDDEN
        with pytest.raises(workflow.TransitionError) as err:
            workflow.require_transition(old, new)
        assert err.value.transition == t
        assert str(err.value) == problem


@pytest.mark.parametrize("old", COLUMNS)
def test_allowed_transitions_follow_the_table_in_status_order(old):
    expected = tuple(s for s in STATUSES if (old, s) in ALLOWED)
    assert workflow.allowed_transitions(old) == expected
    assert old in workflow.allowed_transitions(old)


def test_the_message_lists_where_the_status_can_go():
    assert workflow.transition_problem(O, V) == (
        "status cannot go from 'operational' to 'vacant'; from 'operational' it can go to: withdrawn")
    assert workflow.transition_problem(W, A) == (
        "status cannot go from 'withdrawn' to 'allocated'; from 'withdrawn' it can go to: vacant")
    assert workflow.transition_problem(I, R) == (
        "status cannot go from 'infrastructure' to 'reserved'; from 'infrastructure' it can go to: vacant")
    assert workflow.transition_problem(A, R) == (
        "status cannot go from 'allocated' to 'reserved'; from 'allocated' it can go to: "
        "under_construction, operational, withdrawn")


def test_skipping_forward_is_allowed_as_the_cli_does():
    assert workflow.transition_problem(V, O) is None
    assert workflow.transition_problem(R, U) is None


@pytest.mark.parametrize("old", [None, float("nan"), "", "  ", "bogus", "Vacant", 3])
def test_a_missing_or_unknown_old_status_allows_every_status(old):
    assert workflow.allowed_transitions(old) == STATUSES
    for new in STATUSES:
        assert workflow.transition_problem(old, new) is None


@pytest.mark.parametrize("new", [None, "bogus", "Operational", "", float("nan")])
def test_an_unknown_new_status_is_refused_whatever_the_old(new):
    for old in (None, *STATUSES):
        t = workflow.check_transition(old, new)
        assert t.code == workflow.UNKNOWN_STATUS
        assert t.message() == f"status {new!r} is not one of {', '.join(STATUSES)}"


def test_transition_value_object():
    t = workflow.check_transition(U, R)
    assert t == workflow.Transition(U, R, (U, O, W))
    assert t.onward == (O, W)
    with pytest.raises(AttributeError):
        t.new = V  # frozen


def test_forward_path_is_taken_from_the_model():
    assert workflow.FORWARD == (V, R, A, U, O)


statuses = st.sampled_from(STATUSES)


@settings(deadline=None)
@given(st.lists(statuses, min_size=2, max_size=12))
def test_any_allowed_walk_never_leaves_infrastructure_except_through_vacant(walk):
    # Keep only the allowed steps of a random walk: infrastructure is entered and left through vacant.
    path = [walk[0]]
    for s in walk[1:]:
        if workflow.transition_problem(path[-1], s) is None:
            path.append(s)
    for a, b in zip(path, path[1:]):
        if I in (a, b) and a != b:
            assert V in (a, b)


@settings(deadline=None)
@given(statuses, statuses)
def test_forbidden_exactly_when_not_in_allowed_transitions(old, new):
    problem = workflow.transition_problem(old, new)
    assert (problem is None) == (new in workflow.allowed_transitions(old))
    if problem is not None:  # the listed targets are exactly the allowed ones other than old
        listed = problem.rsplit(": ", 1)[1].split(", ")
        assert listed == [s for s in workflow.allowed_transitions(old) if s != old]


def test_nan_is_treated_as_missing():
    assert math.isnan(workflow.check_transition(float("nan"), V).old)
    assert workflow.check_transition(float("nan"), V).ok


def test_status_codes_are_positions_in_the_one_status_list():
    import pandas as pd

    from sezmap.model.statuses import STATUSES, status_codes

    values = ["operational", "sold", None, float("nan"), "vacant"]
    expected = [STATUSES.index("operational"), 9, 9, 9, STATUSES.index("vacant")]
    assert status_codes(values, 9).tolist() == expected
    assert status_codes(pd.Series(values, dtype="str"), 9).tolist() == expected  # Arrow-backed, as read
    assert status_codes((), 9).tolist() == []
