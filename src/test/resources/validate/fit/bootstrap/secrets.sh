#!/bin/sh
# Creates the Secrets of bootstrap/secrets.yaml (the fixture's stand-in for ksa's generator).
echo secrets
