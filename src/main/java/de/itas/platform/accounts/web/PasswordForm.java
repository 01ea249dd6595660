package de.itas.platform.accounts.web;

/** A new password, typed twice (password reset, invitation). */
class PasswordForm {

	private String token = "";

	private String password = "";

	private String passwordRepeat = "";

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordRepeat() {
		return passwordRepeat;
	}

	public void setPasswordRepeat(String passwordRepeat) {
		this.passwordRepeat = passwordRepeat;
	}

}
