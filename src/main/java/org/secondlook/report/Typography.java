package org.secondlook.report;

/** Type sizes in points. Large print keeps every piece of text, the page footer included, at 14 pt or more. */
record Typography(float body, float small, float subheading, float heading, float title) {

    static final float LARGE_PRINT_MINIMUM = 14f;

    static Typography of(boolean largePrint) {
        return largePrint ? new Typography(15f, LARGE_PRINT_MINIMUM, 17f, 20f, 26f)
                : new Typography(10.5f, 8.5f, 12.5f, 15f, 21f);
    }

    float lineHeight(float size) {
        return size * 1.38f;
    }
}
