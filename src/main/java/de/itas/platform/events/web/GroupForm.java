package de.itas.platform.events.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The group registration form: the company, the mode, one row per person (name, e-mail, organisation) and
 * members of the company chosen by their account.
 */
public class GroupForm {

	/** How many empty rows a new form has. */
	static final int ROWS = 3;

	private String company = "";

	private String mode = "";

	private List<Row> people = new ArrayList<>();

	private List<String> members = new ArrayList<>();

	public static GroupForm empty() {
		GroupForm form = new GroupForm();
		for (int i = 0; i < ROWS; i++) {
			form.people.add(new Row());
		}
		return form;
	}

	/** One person: of a group registration, or a walk-in at the check-in. */
	public static class Row {

		private String name = "";

		private String email = "";

		private String organisation = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name == null ? "" : name;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email == null ? "" : email;
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation == null ? "" : organisation;
		}

	}

	public String getCompany() {
		return company;
	}

	public void setCompany(String company) {
		this.company = company == null ? "" : company;
	}

	public String getMode() {
		return mode;
	}

	public void setMode(String mode) {
		this.mode = mode == null ? "" : mode;
	}

	public List<Row> getPeople() {
		return people;
	}

	public void setPeople(List<Row> people) {
		this.people = people == null ? new ArrayList<>() : people;
	}

	public List<String> getMembers() {
		return members;
	}

	public void setMembers(List<String> members) {
		this.members = members == null ? new ArrayList<>() : members;
	}

}
