/**
 * Policy settings as data: each policy declares its tunables ({@link
 * org.hvsched.api.settings.SettingDef}: canonical camelCase name with unit, upstream aliases,
 * type, default, range, meaning), and {@link org.hvsched.api.settings.Settings} resolves what a
 * scenario or {@code --set} gives, so no tool needs to know a policy to configure it.
 */
package org.hvsched.api.settings;
