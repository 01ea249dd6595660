-- Browsers an account signed in from successfully, or that followed an unlock link mailed to the account
-- (issue 14, finding 2): such a known device keeps signing in with the right password while the account's
-- address pair or the address itself is throttled because of somebody else's failures. Only a SHA-256 hash
-- of the device cookie's random value is kept. A successful login makes a device known for a year, an
-- unlock link for an hour (until the next successful login).
CREATE TABLE login_device (
    token_hash   CHAR(64)                 NOT NULL PRIMARY KEY,
    account      VARCHAR(254)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_device_account ON login_device (account);
