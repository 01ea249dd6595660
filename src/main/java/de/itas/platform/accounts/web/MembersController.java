package de.itas.platform.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.LinkState;
import de.itas.platform.accounts.MemberSummary;
import de.itas.platform.accounts.Memberships;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.PasswordPolicy;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.NotFoundException;

/** Members of an organisation, invitations, and accepting an invitation. */
@Controller
class MembersController {

	private final Memberships memberships;
	private final Organisations organisations;
	private final PasswordPolicy passwordPolicy;

	MembersController(Memberships memberships, Organisations organisations, PasswordPolicy passwordPolicy) {
		this.memberships = memberships;
		this.organisations = organisations;
		this.passwordPolicy = passwordPolicy;
	}

	/** A company admin's shortcut to the members of their company. */
	@GetMapping("/mein-unternehmen/mitglieder")
	String ownCompany() {
		List<UUID> companies = organisations.organisationsWhere(CurrentUser.get().orElseThrow().id(), Role.COMPANY_ADMIN);
		if (companies.isEmpty()) {
			throw new AccessDeniedException("No company to manage");
		}
		return "redirect:/organisationen/" + companies.get(0) + "/mitglieder";
	}

	@GetMapping("/organisationen/{id}/mitglieder")
	String members(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new InvitationForm());
		return membersPage(id, model);
	}

	@PostMapping("/organisationen/{id}/einladungen")
	String invite(@PathVariable UUID id, @Valid @ModelAttribute("form") InvitationForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		OrganisationSummary organisation = organisation(id);
		Role role = parseRole(form.getRole());
		if (role == null || !Memberships.rolesFor(organisation.kind()).contains(role)) {
			errors.rejectValue("role", "accounts.members.role.invalid");
		}
		if (errors.hasErrors()) {
			return membersPage(id, model);
		}
		memberships.invite(id, form.getEmail(), role, locale);
		redirect.addFlashAttribute("message", "accounts.members.invited");
		return "redirect:/organisationen/" + id + "/mitglieder";
	}

	@PostMapping("/organisationen/{id}/mitglieder/{userId}/rolle")
	String changeRole(@PathVariable UUID id, @PathVariable UUID userId, @RequestParam(defaultValue = "false") boolean admin,
			RedirectAttributes redirect) {
		organisation(id);
		try {
			memberships.changeCompanyRole(id, userId, admin);
			redirect.addFlashAttribute("message", "accounts.members.role-changed");
		}
		catch (Memberships.LastAdminException ex) {
			redirect.addFlashAttribute("message", "accounts.members.last-admin");
		}
		return "redirect:/organisationen/" + id + "/mitglieder";
	}

	@GetMapping("/organisationen/{id}/mitglieder/{userId}/entfernen")
	String confirmRemoval(@PathVariable UUID id, @PathVariable UUID userId, Model model) {
		MemberSummary member = memberships.members(id)
			.stream()
			.filter(candidate -> candidate.userId().equals(userId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		model.addAttribute("organisation", organisation(id));
		model.addAttribute("member", member);
		return "accounts/remove-member";
	}

	@PostMapping("/organisationen/{id}/mitglieder/{userId}/entfernen")
	String remove(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
		organisation(id);
		try {
			memberships.remove(id, userId);
			redirect.addFlashAttribute("message", "accounts.members.removed");
		}
		catch (Memberships.LastAdminException ex) {
			redirect.addFlashAttribute("message", "accounts.members.last-admin");
		}
		return "redirect:/organisationen/" + id + "/mitglieder";
	}

	private String membersPage(UUID id, Model model) {
		OrganisationSummary organisation = organisation(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("members", memberships.viewMembers(id));
		model.addAttribute("invitations", memberships.openInvitations(id));
		model.addAttribute("roles", Memberships.rolesFor(organisation.kind()).stream().sorted().toList());
		return "accounts/members";
	}

	private OrganisationSummary organisation(UUID id) {
		OrganisationSummary organisation = organisations.organisation(id).orElseThrow(NotFoundException::new);
		if (!memberships.canManage(id)) {
			throw new AccessDeniedException("Not allowed to manage this organisation");
		}
		return organisation;
	}

	private static Role parseRole(String role) {
		try {
			return Role.valueOf(role);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@GetMapping("/einladung")
	String invitation(@RequestParam(defaultValue = "") String token, Model model) {
		return invitationPage(token, new NewAccountForm(), model);
	}

	@PostMapping("/einladung/annehmen")
	String accept(@RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		LinkState state = memberships.accept(token, user.id());
		if (state == LinkState.VALID) {
			redirect.addFlashAttribute("message", "accounts.invitation.accepted");
			return "redirect:/mein-bereich";
		}
		return invitationPage(token, new NewAccountForm(), model);
	}

	@PostMapping("/einladung/konto")
	String createAccount(@RequestParam(defaultValue = "") String token, @Valid @ModelAttribute("form") NewAccountForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		var invitation = memberships.invitation(token);
		if (invitation.isPresent()) {
			PasswordChecks.check(passwordPolicy, form.getPassword(), form.getPasswordRepeat(), invitation.get().email(),
					errors);
			if (!errors.hasErrors()) {
				LinkState state = memberships.acceptWithNewAccount(token, form.getDisplayName(), form.getPassword(),
						locale.getLanguage());
				if (state == LinkState.VALID) {
					redirect.addFlashAttribute("message", "accounts.invitation.account-created");
					return "redirect:/login";
				}
			}
		}
		form.setPassword("");
		form.setPasswordRepeat("");
		return invitationPage(token, form, model);
	}

	private String invitationPage(String token, NewAccountForm form, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("state", memberships.invitationState(token));
		model.addAttribute("invitation", memberships.invitation(token).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("signedInAs", CurrentUser.get().map(PlatformUser::email).orElse(null));
		return "accounts/invitation";
	}

}
