package org.msettriage.rules.policy;

/**
 * One row of categories.csv: an indicator category, how it reads, and the exploitation type it
 * names in a decision (empty for categories that are never evidence of exploitation).
 */
public final class CategoryDefinition {

    private final String category;
    private final String title;
    private final String exploitationType;
    private final String concern;
    private final int order;

    public CategoryDefinition(String category, String title, String exploitationType, String concern, int order) {
        this.category = category;
        this.title = title;
        this.exploitationType = exploitationType;
        this.concern = concern;
        this.order = order;
    }

    /** How the category reads inside a summary sentence ("sexual exploitation", "going missing"). */
    public String getConcern() {
        return concern;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getExploitationType() {
        return exploitationType;
    }

    /** The row's position, used to list categories and types in the table's order. */
    public int getOrder() {
        return order;
    }
}
