/**
 * Emulation and commendation (thi đua, khen thưởng): the effective-dated catalogue of titles and reward
 * forms with their bonus, the registry of awards and initiatives, eligibility that names every
 * condition it evaluated, and emulation clusters with their leaders.
 *
 * <p>Public API: the {@link vn.noivu.reward.Rewards} facade and its records. Reads people and the
 * base salary through the {@link vn.noivu.personnel.Personnel} facade and the view {@code
 * personnel.api_employment}, units through {@code organization.api_unit}. Ratings and discipline are
 * the module's own inputs until the personnel module publishes them (docs/reward-rules.md).
 */
package vn.noivu.reward;
