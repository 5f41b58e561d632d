"""An app written with the official SDK (``openrouter``, pinned) runs against this package's
fake API over HTTP: create, get, list, update, delete and the assignment operations parse
with that SDK's own models (it requires ``include_byok_in_budgets`` on every guardrail)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import openrouter  # the official SDK, pinned in the test extra

from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY, FakeServer, GuardrailsFake


def test_official_sdk_manages_guardrails_against_the_fake(guardrails_server: FakeServer) -> None:
    """Every operation the official SDK's reference shows works unchanged against the fake."""
    with openrouter.OpenRouter(
        api_key=DEFAULT_MANAGEMENT_KEY, server_url=guardrails_server.base_url
    ) as client:
        created = client.guardrails.create(
            name="official",
            description="made by the official SDK",
            limit_usd=25,
            reset_interval="monthly",
            enforce_zdr_openai=True,
        )
        guardrail_id = created.data.id
        assert created.data.include_byok_in_budgets is False
        got = client.guardrails.get(id=guardrail_id)
        assert got.data.name == "official"
        listed = client.guardrails.list()
        assert [g.id for g in listed.result.data] == [guardrail_id]
        updated = client.guardrails.update(id=guardrail_id, description="changed")
        assert updated.data.description == "changed"
        assigned = client.guardrails.bulk_assign_keys(id=guardrail_id, key_hashes=["abc123"])
        assert assigned.assigned_count == 1
        keys = client.guardrails.list_guardrail_key_assignments(id=guardrail_id)
        assert [k.key_hash for k in keys.result.data] == ["abc123"]
        assert client.guardrails.list_key_assignments().result.total_count == 1
        members = client.guardrails.bulk_assign_members(id=guardrail_id, member_user_ids=["user_1"])
        assert members.assigned_count == 1
        listed_members = client.guardrails.list_guardrail_member_assignments(id=guardrail_id)
        assert [m.user_id for m in listed_members.result.data] == ["user_1"]
        assert client.guardrails.list_member_assignments().result.total_count == 1
        unassigned = client.guardrails.bulk_unassign_keys(id=guardrail_id, key_hashes=["abc123"])
        assert unassigned.unassigned_count == 1
        removed = client.guardrails.bulk_unassign_members(
            id=guardrail_id, member_user_ids=["user_1"]
        )
        assert removed.unassigned_count == 1
        deleted = client.guardrails.delete(id=guardrail_id)
        assert deleted.DELETED is True
        assert client.guardrails.list().result.total_count == 0


def test_official_sdk_reads_a_guardrail_with_every_field_set(
    guardrails_server: FakeServer, guardrails_fake: GuardrailsFake
) -> None:
    """A guardrail with every field of the 2026-08-22 contract set parses in the official SDK."""
    stored = guardrails_fake.add_guardrail(
        name="full",
        enforce_zdr_xai=True,
        include_byok_in_budgets=True,
        enable_free_model_training=False,
        content_filter_builtins=[
            {"slug": "regex-prompt-injection", "action": "flag", "scan_scope": "user_only"},
            {"slug": "email", "action": "flag"},
        ],
    )
    with openrouter.OpenRouter(
        api_key=DEFAULT_MANAGEMENT_KEY, server_url=guardrails_server.base_url
    ) as client:
        got = client.guardrails.get(id=stored["id"]).data
    assert got.include_byok_in_budgets is True
    assert got.enforce_zdr_xai is True


def test_mock_server_serves_the_official_sdk(tmp_path) -> None:
    """``openrouter-guardrails mock-server`` as a process: the official SDK creates and lists."""
    script = textwrap.dedent(
        """
        import sys
        import openrouter
        url, key = sys.argv[1], sys.argv[2]
        with openrouter.OpenRouter(api_key=key, server_url=url) as client:
            made = client.guardrails.create(name="from-process")
            print(made.data.include_byok_in_budgets, client.guardrails.list().result.total_count)
        """
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "openrouter_guardrails", "mock-server", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = None
        for _ in range(20):
            line = server.stdout.readline()
            if "listening on" in line:
                url = line.rsplit(" ", 1)[-1].strip()
                break
        assert url, "mock-server did not announce its URL"
        proc = subprocess.run(
            [sys.executable, "-c", script, url, DEFAULT_MANAGEMENT_KEY],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split() == ["False", "1"]
    finally:
        server.terminate()
        server.wait(timeout=10)
