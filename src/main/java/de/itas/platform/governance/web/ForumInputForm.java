package de.itas.platform.governance.web;

import org.jspecify.annotations.Nullable;

import de.itas.platform.governance.InputKind;
import de.itas.platform.governance.InputRequest;

/** An input as typed online. */
class ForumInputForm {

	private @Nullable InputKind kind;
	private String body = "";
	private String districtCode = "";
	private String actionFieldCode = "";
	private boolean showName;

	InputRequest toRequest() {
		return new InputRequest(kind, body, districtCode, actionFieldCode, showName);
	}

	public @Nullable InputKind getKind() {
		return kind;
	}

	public void setKind(@Nullable InputKind kind) {
		this.kind = kind;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public String getActionFieldCode() {
		return actionFieldCode;
	}

	public void setActionFieldCode(String actionFieldCode) {
		this.actionFieldCode = actionFieldCode;
	}

	public boolean isShowName() {
		return showName;
	}

	public void setShowName(boolean showName) {
		this.showName = showName;
	}

}
