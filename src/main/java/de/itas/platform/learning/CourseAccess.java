package de.itas.platform.learning;

import java.util.Optional;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Who may do what with courses. Least privilege: coordination and administration edit every course and revoke every
 * certificate (they answer for the platform's content); providers, who bring courses, create courses and edit only
 * their own and revoke only their certificates; everybody else only learns. Drafts are seen only by those who may edit
 * them (404 for others).
 */
@Component
public class CourseAccess {

	public static final Role[] EDITORS = { Role.ADMIN, Role.COORDINATOR, Role.PROVIDER };

	public boolean mayCreate() {
		return CurrentUser.get().map(CourseAccess::editor).orElse(false);
	}

	public boolean mayEdit(Course course) {
		Optional<PlatformUser> user = CurrentUser.get();
		if (user.isEmpty()) {
			return false;
		}
		if (user.get().hasRole(Role.ADMIN) || user.get().hasRole(Role.COORDINATOR)) {
			return true;
		}
		return user.get().hasRole(Role.PROVIDER) && user.get().id().equals(course.ownerId());
	}

	public boolean maySee(Course course) {
		return course.published() || mayEdit(course);
	}

	/** Whether the signed-in person sees every course in the editor (not only their own). */
	public boolean seesAll() {
		return CurrentUser.get().map(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR)).orElse(false);
	}

	private static boolean editor(PlatformUser user) {
		for (Role role : EDITORS) {
			if (user.hasRole(role)) {
				return true;
			}
		}
		return false;
	}

}
