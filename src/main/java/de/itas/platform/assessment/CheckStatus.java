package de.itas.platform.assessment;

/** Whether a check is still being filled in or complete and scored. */
public enum CheckStatus {

	IN_PROGRESS, COMPLETED

}
