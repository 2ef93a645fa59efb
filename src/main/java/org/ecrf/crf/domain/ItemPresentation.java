package org.ecrf.crf.domain;

import java.util.Optional;

/**
 * What the site sees of an item: the question, its description, help text and input control.
 *
 * @param question the ODM Question (the label on the form)
 * @param description the ODM Description (for reviewers and exports)
 * @param help help text beside the question (edc:Help); may be empty
 * @param control radio buttons or a drop-down for a code list; empty when the page chooses
 */
public record ItemPresentation(
    LocalizedText question,
    LocalizedText description,
    LocalizedText help,
    Optional<InputControl> control) {}
