-- Browsers an account signed in from successfully (issue 14, finding 2): such a known device keeps
-- signing in with the right password while the account's address pair or the address itself is throttled
-- because of somebody else's failures. Only a SHA-256 hash of the device cookie's random value is kept.
CREATE TABLE login_device (
    token_hash   CHAR(64)                 NOT NULL PRIMARY KEY,
    account      VARCHAR(254)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_device_account ON login_device (account);
