/** What every step shares: the user-error type and name suggestions. No step-specific knowledge. */
package dev.ksa.support;
