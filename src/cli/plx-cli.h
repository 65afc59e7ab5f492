/* plx-cli.h: commands of parallax-cli
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "parallax-core.h"

G_BEGIN_DECLS

/* Exit statuses, documented in --help and README.md. */
#define PLX_EXIT_OK             0
#define PLX_EXIT_NOTHING_LOADED 1
#define PLX_EXIT_FAILED         1   /* fetch: a page could not be saved */
#define PLX_EXIT_USAGE          2

int        plx_cli_export       (int           argc,
                                 char        **argv);
int        plx_cli_segment      (int           argc,
                                 char        **argv);
int        plx_cli_facts        (int           argc,
                                 char        **argv);
int        plx_cli_similarity   (int           argc,
                                 char        **argv);
int        plx_cli_fetch        (int           argc,
                                 char        **argv);
int        plx_cli_parse_options (int                *argc,
                                  char             ***argv,
                                  const char         *usage,
                                  const char         *description,
                                  const GOptionEntry *entries);
int        plx_cli_usage_error  (const char    *message);
gboolean   plx_cli_align        (PlxComparison         *comparison,
                                 const PlxAlignOptions *options);
PlxComparison *plx_cli_load  (const char    *path,
                               int           *exit_status);

G_END_DECLS
