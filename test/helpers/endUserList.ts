/**
 * Fixture party screeners for tests about something other than the End User List. A NO_LICENSE to a destination
 * outside Group A needs the End User List consulted (rules/flow.ts EUL_CHECKED): these declare it consulted (the
 * list id `meti-eul` among their list versions) and find nobody on it, so such tests screen as a user with the list
 * loaded would. Tests about the missing list screen with no screener (or an SDN / own list only) instead.
 */
import type { PartyScreener } from "../../src/engine";

/** Version the fixture reports for its (empty) End User List. */
export const FIXTURE_EUL_VERSION = "fixture";

/** An End User List that was consulted and lists nobody. */
export const EUL_NO_MATCH: PartyScreener = Object.freeze({
  screenParty: () => [],
  listVersions: () => ({ "meti-eul": FIXTURE_EUL_VERSION }),
});

/** `base` with an (empty) End User List consulted beside its own lists (its matches unchanged). */
export function withEulConsulted(base: PartyScreener | undefined): PartyScreener {
  if (!base) return EUL_NO_MATCH;
  return {
    screenParty: (name, country, role) => base.screenParty(name, country, role),
    listVersions: () => ({ "meti-eul": FIXTURE_EUL_VERSION, ...base.listVersions() }),
  };
}
