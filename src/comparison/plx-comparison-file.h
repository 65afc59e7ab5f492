/* plx-comparison-file.h: the .parallax file of a comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-corrections.h"

G_BEGIN_DECLS

#define PLX_COMPARISON_FILE_SUFFIX    ".parallax"
#define PLX_COMPARISON_FILE_MIME_TYPE "application/x-parallax-comparison"

gboolean plx_comparison_file_is    (GFile           *file);
gboolean plx_comparison_file_read  (GFile           *file,
                                    GFile          **corpus,
                                    PlxCorrections **corrections,
                                    GPtrArray       *warnings,
                                    GCancellable    *cancellable,
                                    GError         **error);
gboolean plx_comparison_file_write (GFile           *file,
                                    GFile           *corpus,
                                    PlxCorrections  *corrections,
                                    GCancellable    *cancellable,
                                    GError         **error);

G_END_DECLS
