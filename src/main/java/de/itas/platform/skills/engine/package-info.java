/**
 * The taxonomy engine inside the skills module: reading the ESCO CSV format, the in-memory snapshot,
 * and the occupation finder and pathway ranking that run on it without touching the database.
 */
@NullMarked
package de.itas.platform.skills.engine;

import org.jspecify.annotations.NullMarked;
