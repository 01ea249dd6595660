/**
 * The SCORM 1.2 core of the learning module, free of Spring: {@link de.itas.platform.learning.scorm.ManifestParser}
 * reads {@code imsmanifest.xml} into an immutable model, {@link de.itas.platform.learning.scorm.SafeUnzip} unpacks
 * an upload without letting it escape its folder or fill the disk, and {@link
 * de.itas.platform.learning.scorm.CmiDataModel} with {@link de.itas.platform.learning.scorm.ScormApi} is the server's
 * half of the eight runtime calls. Refusals carry a {@link de.itas.platform.learning.scorm.ScormProblem} whose
 * message key ({@code learning.scorm.problem.<code>}) names the problem in German and English.
 */
@NullMarked
package de.itas.platform.learning.scorm;

import org.jspecify.annotations.NullMarked;
