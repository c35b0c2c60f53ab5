/**
 * The {@code hvsched} command line (spec.md section 1): {@link org.hvsched.cli.Main} runs the
 * picocli command tree of {@link org.hvsched.cli.HvschedCommand} and maps failures to exit
 * status and one-line messages through {@link org.hvsched.cli.ErrorHandler}; each subcommand is a
 * class of its own ({@link org.hvsched.cli.TopologyCommand}, ...).
 */
package org.hvsched.cli;
