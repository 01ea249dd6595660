/**
 * What modules tell each other about a person's skills without depending on one another: a module where a person
 * acquires skills (a completed course) publishes {@link de.itas.platform.shared.skills.SkillsAcquired}; the skills
 * module keeps them in the person's skill profile for "Mein Weg". The event lives in the kernel because the
 * skills module cannot depend on the modules that use its taxonomy.
 */
@NullMarked
@NamedInterface("skills")
package de.itas.platform.shared.skills;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
