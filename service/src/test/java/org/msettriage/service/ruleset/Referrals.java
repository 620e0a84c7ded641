package org.msettriage.service.ruleset;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Referrals whose outcome under the packaged ruleset and under {@link CandidateRulesets#raisedWeight}
 * the policy text decides by hand (tier V CURRENT from 1 point to 2; bands NONE 0-5, EMERGING 6-12,
 * MODERATE 13-24; with no present exploitation indicator the level is at most EMERGING).
 */
public final class Referrals {

    /** 1 + 4 = 5, NONE; raised 1 + 8 = 9, EMERGING (capped there: CSE03 HISTORIC is not present). */
    public static final String UP_TO_EMERGING = referral(
            "up-to-emerging",
            14,
            "FEMALE",
            "GATESHEAD",
            "CSE03:HISTORIC",
            "VUL01:CURRENT",
            "VUL02:CURRENT",
            "VUL03:CURRENT",
            "VUL04:CURRENT");
    /** 2 + 6 = 8, EMERGING; raised 2 + 12 = 14, MODERATE. */
    public static final String UP_TO_MODERATE = referral(
            "up-to-moderate",
            16,
            "MALE",
            "NEWCASTLE",
            "CSE03:RECENT",
            "VUL01:CURRENT",
            "VUL02:CURRENT",
            "VUL03:CURRENT",
            "VUL04:CURRENT",
            "VUL07:CURRENT",
            "VUL08:CURRENT");
    /** 1 + 1 + 4 = 6, EMERGING; raised 7, still EMERGING and nothing else moves. */
    public static final String SAME_LEVEL = referral(
            "same-level",
            15,
            "FEMALE",
            "GATESHEAD",
            "CSE03:HISTORIC",
            "VUL01:CURRENT",
            "PULL01:CURRENT",
            "PULL02:CURRENT");
    /** No tier V indicator. */
    public static final String NO_VULNERABILITY =
            referral("no-vulnerability", 12, "FEMALE", "SUNDERLAND", "PULL01:CURRENT");

    private Referrals() {}

    /** A referral as a case system sends it; indicators as CODE:RECENCY. */
    public static String referral(String id, int age, String gender, String localAuthority, String... indicators) {
        return """
                {"referralId": "%s", "childRef": "child-%s", "localAuthority": "%s", "referringAgency": "POLICE",
                 "assessedAt": "2026-11-12T10:00:00Z",
                 "child": {"ageYears": %d, "gender": "%s", "careStatus": "NONE"},
                 "indicators": [%s]}
                """.formatted(
                        id,
                        id,
                        localAuthority,
                        age,
                        gender,
                        Stream.of(indicators)
                                .map(i -> i.split(":"))
                                .map(i -> "{\"code\": \"" + i[0] + "\", \"recency\": \"" + i[1] + "\"}")
                                .collect(Collectors.joining(", ")));
    }

    /** The up-to-moderate referral for a seven-year-old, whom no scenario has. */
    public static String sevenYearOld() {
        String seven = UP_TO_MODERATE.replace("\"ageYears\": 16", "\"ageYears\": 7");
        if (seven.equals(UP_TO_MODERATE)) {
            throw new IllegalStateException("the referral's age was not where it was expected");
        }
        return seven;
    }
}
