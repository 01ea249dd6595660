/**
 * The public training search inside the trainings module: the query and its answer (a page of offer hits
 * with facet counts), the SQL search, the in-memory index that answers the same without a database round
 * trip, the keys that keep the catalogue's order true as days pass, and the places behind the radius search.
 * The module's other parts use it through {@link de.itas.platform.trainings.search.TrainingSearch}; other
 * modules use {@link de.itas.platform.trainings.TrainingCatalog}.
 */
@NullMarked
package de.itas.platform.trainings.search;

import org.jspecify.annotations.NullMarked;
