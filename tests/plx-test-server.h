/* plx-test-server.h: a web server on 127.0.0.1 for the fetch tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A saved page of the Article Extraction Benchmark
 * (tests/data/html/benchmark), served at its original path. */
typedef struct
{
  const char *file;     /* in tests/data/html/benchmark */
  const char *path;     /* its address's path and query */
  const char *stem;     /* the name it is saved under, less .html */
} PlxTestBenchmarkPage;

extern const PlxTestBenchmarkPage plx_test_benchmark_pages[5];

char       *plx_test_server_start (void);
void        plx_test_server_stop  (void);
char       *plx_test_server_url   (const char *path);
guint       plx_test_server_get_n_requests (const char *path);
void        plx_test_server_set_page       (const char *path,
                                            const char *type,
                                            const char *body);
void        plx_test_server_set_redirect   (const char *path,
                                            const char *location);
void        plx_test_server_unset          (const char *path);

/* A local news story of four paragraphs, NULL-terminated. */
extern const char * const plx_test_harbour_story[5];

char       *plx_test_news_page             (const char         *headline,
                                            const char * const *paragraphs,
                                            const char         *ad,
                                            const char         *address);
void        plx_test_save_page             (const char         *dir,
                                            const char         *name,
                                            const char         *headline,
                                            const char * const *paragraphs,
                                            const char         *ad,
                                            const char         *address);

/* What parallax-cli said and how it ended (plx_test_run_cli()). */
typedef struct
{
  gboolean  done;
  char     *out;
  char     *err;
  int       status;
} PlxTestCliRun;

void        plx_test_run_cli               (const char * const *argv,
                                            PlxTestCliRun      *run);
void        plx_test_cli_run_clear         (PlxTestCliRun      *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlxTestCliRun, plx_test_cli_run_clear)

G_END_DECLS
