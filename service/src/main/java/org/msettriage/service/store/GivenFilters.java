package org.msettriage.service.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a search for the filters it was given only, so that each can use its index (a
 * decision's, a child's, a span of days); "? IS NULL OR ..." for the others would leave the database to
 * read every row.
 */
public final class GivenFilters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds the condition, with its one named parameter, when the value is given; nothing when it is null. */
    public GivenFilters and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** " WHERE " and the conditions added, or nothing when none was. */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The parameters the conditions name. */
    public Map<String, Object> params() {
        return params;
    }
}
