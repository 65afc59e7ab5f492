/* plx-fetcher-private.h: what the fetcher's files share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-fetcher.h"

G_BEGIN_DECLS

/* plx-fetch-address.c */
gboolean  _plx_fetch_is_web_scheme (const char  *scheme);
GUri     *_plx_fetch_parse_address (const char  *address,
                                    GError     **error);

G_END_DECLS
